-- What every host of one database must share (issue 16).
-- The keys of ASP.NET Core Data Protection, which sign the sign-in cookie and the anti-forgery tokens: a cookie
-- issued by one host is read by every other. Each row is one key as Data Protection writes it (XML, the key
-- material inside); rows are only added, never changed, and Data Protection itself retires old keys by date.
CREATE TABLE data_protection_key (
    friendly_name TEXT NOT NULL PRIMARY KEY,
    xml           TEXT NOT NULL,
    created_at    BIGINT NOT NULL
);

-- Sign-in attempts counted per minute, across hosts: 'name:<user name, lower case>' counts failed sign-ins with
-- that name, 'address:<client address>' every sign-in attempt from that address. minute is Unix seconds / 60;
-- rows of past minutes are deleted as new ones are counted.
CREATE TABLE sign_in_attempt (
    subject  TEXT    NOT NULL,
    minute   BIGINT NOT NULL,
    attempts BIGINT NOT NULL,
    PRIMARY KEY (subject, minute)
);
CREATE INDEX ix_sign_in_attempt_minute ON sign_in_attempt (minute);

-- Other keys every host must use alike, by name, base64: 'checkin' signs the check-in links of badges (a badge
-- printed through one host is checked in through any). Made once by whichever host needs it first.
CREATE TABLE shared_secret (
    name       TEXT NOT NULL PRIMARY KEY,
    value      TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
