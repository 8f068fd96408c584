khattSearch.shard("61",{"alert":"1"});
