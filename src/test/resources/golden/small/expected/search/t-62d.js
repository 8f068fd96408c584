khattSearch.shard("62d",{"حوار":"1","حول":"0"});
