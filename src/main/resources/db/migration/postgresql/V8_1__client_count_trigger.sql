CREATE FUNCTION client_count_delta() RETURNS trigger AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO client_count_deltas (status, type, delta) VALUES (OLD.status, OLD.type, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO client_count_deltas (status, type, delta) VALUES (NEW.status, NEW.type, 1);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER clients_counted AFTER INSERT OR DELETE ON clients
    FOR EACH ROW EXECUTE FUNCTION client_count_delta();
CREATE TRIGGER clients_recounted AFTER UPDATE OF status, type ON clients
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.type IS DISTINCT FROM NEW.type)
    EXECUTE FUNCTION client_count_delta();
