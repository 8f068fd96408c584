khattSearch.shard("641",{"في":"0.1","في|":"0"});
