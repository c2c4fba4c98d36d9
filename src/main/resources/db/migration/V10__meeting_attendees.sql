-- People who attended a conference besides the agencies: 本人, 家族, 地域の関係者 (別添5 1(3)キ(エ)).
ALTER TABLE meeting ADD COLUMN attendees text;
