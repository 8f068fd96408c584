khattSearch.shard("62c",{"جديد":"1","جنيف":"0"});
