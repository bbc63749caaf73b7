using Strangler.Contracts.Clients;

namespace Strangler.Contracts.Checking;

/// <summary>Which implementation's rules apply where the contracts let them differ (GETS pre-shipment lodgement).</summary>
public enum RuleProfile
{
    /// <summary>The legacy systems: <c>GIS+PS</c> is unknown (E004), GETS queues outside service hours.</summary>
    Legacy,

    /// <summary>The new core: pre-shipment lodgement and round-the-clock processing.</summary>
    NewCore,
}

/// <summary>
/// What a stateless contract check needs besides the message: the received-at time (Hong Kong,
/// whole seconds), the client key's authority when known (authorisation rules are skipped when it is
/// null), and the rule profile.
/// </summary>
public sealed record CheckContext(DateTimeOffset ReceivedAt, ClientAuthority? Client = null, RuleProfile Profile = RuleProfile.Legacy);
