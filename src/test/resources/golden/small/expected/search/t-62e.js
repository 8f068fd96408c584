khattSearch.shard("62e",{"خلف":"1"});
