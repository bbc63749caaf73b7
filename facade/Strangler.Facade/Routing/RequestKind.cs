namespace Strangler.Facade.Routing;

public enum RequestKind
{
    /// <summary>POST or DELETE: changes a store; a mirrored write goes through the durable outbox.</summary>
    Write,

    /// <summary>GET of one document or instruction; a mirrored read is compared and may be skipped.</summary>
    Read,

    /// <summary>GET of a key's feed (acknowledgements, notices, statuses).</summary>
    Feed,
}
