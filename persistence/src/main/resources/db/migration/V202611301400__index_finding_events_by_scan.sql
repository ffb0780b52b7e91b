-- The scans list counts the findings each scan of a page opened, reopened and resolved in one query over the events
-- of those scans (ScanQueries): found by scan, without reading every event of every finding.
create index finding_event_scan_idx on finding_event (scan_ref, type) where scan_ref is not null;
