khattSearch.shard("647",{"هاتف":"1","هاتف|":"1"});
