khattSearch.shard("73",{"script":"1"});
