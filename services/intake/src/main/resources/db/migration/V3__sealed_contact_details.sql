-- Contact details of named and confidential reporters, sealed with AES-GCM (IdentityVault): readable
-- only with the key named by contact_key_id. Anonymous concerns carry none.
alter table concern
  add column contact_key_id     text,
  add column contact_ciphertext bytea,
  add constraint concern_contact_matches_identity
    check ((identity = 'ANONYMOUS') = (contact_ciphertext is null) and (contact_ciphertext is null) = (contact_key_id is null));
