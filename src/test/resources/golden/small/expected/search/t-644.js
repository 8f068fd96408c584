khattSearch.shard("644",{"لقاء":"0"});
