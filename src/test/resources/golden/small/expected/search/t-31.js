khattSearch.shard("31",{"1":"1"});
