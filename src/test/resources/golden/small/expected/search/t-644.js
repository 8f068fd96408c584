khattSearch.shard("644",{"لقاء":"0","لقاء|":"0"});
