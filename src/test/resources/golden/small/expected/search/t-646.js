khattSearch.shard("646",{"نص":"1"});
