khattSearch.shard("643",{"كال":"1"});
