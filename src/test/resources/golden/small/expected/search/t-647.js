khattSearch.shard("647",{"هاتف":"1"});
