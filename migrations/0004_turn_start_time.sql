-- When a turn starts in the recording, as a caption track or a transcription export gives it
-- ("00:01:23.450"); NULL for turns of text, HTML and datasets, which give no times.
ALTER TABLE quotes ADD COLUMN start_time TEXT;
