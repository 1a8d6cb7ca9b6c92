-- As migrations/0004_turn_start_time.sql: when a turn starts in the recording ("00:01:23.450"),
-- as a caption track or a transcription export gives it; NULL for turns that give no times.
ALTER TABLE quotes ADD COLUMN start_time TEXT COLLATE "C";
