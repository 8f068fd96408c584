khattSearch.shard("635",{"صحيف":"0"});
