khattSearch.shard("648",{"وضع":"0"});
