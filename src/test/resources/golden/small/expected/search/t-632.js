khattSearch.shard("632",{"زير":"0.1"});
