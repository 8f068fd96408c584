khattSearch.shard("633",{"ستارت":"1","سور":"0"});
