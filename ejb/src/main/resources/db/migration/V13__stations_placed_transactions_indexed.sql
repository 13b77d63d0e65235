-- Where a terminal stands, so the corporate cabinet can tell two fill-ups of one card within an hour at stations
-- far apart (issue 19). WGS 84 degrees; both or neither. The terminals of one station stand at the same place.
ALTER TABLE terminal ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE terminal ADD COLUMN longitude DOUBLE PRECISION;
ALTER TABLE terminal ADD CONSTRAINT terminal_position_whole CHECK ((latitude IS NULL) = (longitude IS NULL));
ALTER TABLE terminal ADD CONSTRAINT terminal_latitude_range CHECK (latitude BETWEEN -90 AND 90);
ALTER TABLE terminal ADD CONSTRAINT terminal_longitude_range CHECK (longitude BETWEEN -180 AND 180);
-- a fill-up's station is matched against the registry's stations
CREATE INDEX terminal_station ON terminal (station);

-- A contract's transactions are read newest first and exported in chunks after the last row's (booked at, id):
-- the id in the index lets both walk it in order without sorting the ties. It serves everything the index
-- (contract_id, booked_at) it replaces served.
CREATE INDEX journal_entry_contract_time_id ON journal_entry (contract_id, booked_at, id);
DROP INDEX journal_entry_contract_time;
