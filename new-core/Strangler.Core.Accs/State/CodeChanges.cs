namespace Strangler.Core.Accs.State;

/// <summary>
/// The codes one write transaction set: the air waybills whose status documents follow, and the CSNs to enter into
/// feeds, in the order set. The feed is written last (<see cref="StatusLifecycle.WriteFeedAsync"/>) because its cursor
/// rows stay locked until commit.
/// </summary>
internal sealed class CodeChanges
{
    private readonly List<string> _awbs = [];

    public IReadOnlyList<string> Awbs => _awbs;

    public List<(string Prefix, string Awb, FeedRow Csn)> Notifications { get; } = [];

    public void Add(string prefix, string awb, FeedRow csn)
    {
        if (!_awbs.Contains(awb, StringComparer.Ordinal))
        {
            _awbs.Add(awb);
        }

        Notifications.Add((prefix, awb, csn));
    }
}
