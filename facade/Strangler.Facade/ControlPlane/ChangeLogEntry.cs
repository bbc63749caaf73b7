using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Strangler.Facade.ControlPlane;

/// <summary>
/// One stage change as the change log keeps it. <see cref="Hash"/> covers every field and the previous entry's hash,
/// so altering, removing or reordering any entry breaks the chain from there on.
/// </summary>
public sealed record ChangeLogEntry(
    long Seq,
    DateTimeOffset At,
    string Actor,
    string Role,
    string Unit,
    string From,
    string To,
    string Reason,
    string GateEvidence,
    bool Override,
    long Revision,
    string PrevHash,
    string Hash)
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string ComputeHash(
        string prevHash, long seq, DateTimeOffset at, string actor, string role, string unit, string from, string to,
        string reason, string gateEvidence, bool isOverride, long revision)
    {
        // A JSON array is an unambiguous encoding of the fields (no separator can be forged inside a reason).
        var canonical = JsonSerializer.Serialize(new object[]
        {
            prevHash, seq, at.ToUnixTimeMilliseconds(), actor, role, unit, from, to, reason, gateEvidence, isOverride, revision,
        });
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))).ToLowerInvariant();
    }

    public string ExpectedHash() =>
        ComputeHash(PrevHash, Seq, At, Actor, Role, Unit, From, To, Reason, GateEvidence, Override, Revision);
}
