namespace Strangler.Legacy.History.Sinks;

/// <summary>
/// The stand-ins' clock during a generation: it stands at the received-at of the request being
/// written, so whatever a stand-in does by its clock (GETS queue, releases due) happens in history time.
/// </summary>
public sealed class HistoryClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public void Set(DateTimeOffset now) => _now = now;
}
