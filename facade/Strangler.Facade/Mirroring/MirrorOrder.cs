using Strangler.Facade.Routing;

namespace Strangler.Facade.Mirroring;

/// <summary>
/// The order key of a mirror: mirrors of one key reach the second system in the order the first system answered them
/// (one lane in this process, and the outbox never lets a row overtake an older pending one of its key, across replicas).
/// The key is as wide as the interface's documents depend on each other:
/// <list type="bullet">
/// <item>GETS and EMAN: per client key. A declaration or manifest is amended and cancelled only by the key that lodged
/// it, and no message's acceptance depends on another client's documents.</item>
/// <item>ROCARS and ACCS: the whole interface. A driver's bundle names shippers' CCRNs (and bundling stops their
/// amendment, R021); an airline's FFM and a forwarder's FHL name air waybills another key reported, and the CSN
/// lifecycle depends on whether FWB or FFM came first. Sent in per-client order only, a bundle can overtake the ACI it
/// names and the second system refuses what the first accepted: its store diverges.</item>
/// </list>
/// One order for a whole interface sends its mirrors one at a time; at the platform's volume (a few documents a second,
/// peaks of hundreds) that is well within one lane's rate, and mirrors never delay a client's answer.
/// </summary>
public static class MirrorOrder
{
    public static string KeyOf(ContractInterface contractInterface, string? apiKey) => contractInterface switch
    {
        ContractInterface.Rocars or ContractInterface.Accs => contractInterface.PathSegment(),
        _ => contractInterface.PathSegment() + "|" + (apiKey ?? ""),
    };
}
