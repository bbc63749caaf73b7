using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dapper;
using Strangler.Core.Clearance.Relationships;
using Strangler.Core.Clearance.Rules;
using Strangler.Core.Hosting.Clearance;
using Strangler.Core.Risk.Assessment;
using Strangler.Core.Risk.Relationships;
using Strangler.Core.Risk.Subjects;
using Strangler.Core.Store.Database;

namespace Strangler.Core.Clearance.Decisions;

/// <summary>
/// The Cargo Clearance Module behind <see cref="ICargoClearance"/>: assesses under the stored rule set with relationships
/// from the stored history, then keeps the decision and the subject's parties. A resend (same subject content, same
/// decision) records nothing new; an amendment or a rule change that alters the subject or the decision records a new one.
/// </summary>
public sealed class StoredClearance(CoreDatabase database, StoredRuleStore rules, StoredPartyRelationships relationships, TimeProvider clock)
    : ICargoClearance
{
    public async Task<RiskDecision> AssessAsync(RiskSubject subject, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var ruleSet = rules.Current;
        var score = await relationships.ScoreAsync(subject, cancellationToken);
        var decision = RiskAssessor.Assess(subject, ruleSet, new Scored(score));
        var row = DecisionRecord.From(decision, SubjectHash(subject), clock.GetUtcNow());
        await database.WriteAsync(async (connection, transaction) =>
        {
            await LockSubjectAsync(connection, transaction, subject);
            var last = await connection.QueryFirstOrDefaultAsync<DecisionRecord.Row>(
                DecisionRecord.SelectColumns + " WHERE subject_kind = @Kind AND reference = @Reference ORDER BY id DESC LIMIT 1",
                new { Kind = subject.Kind.ToString(), subject.Reference }, transaction);
            if (last is not null && row.SameAs(last))
            {
                return false;
            }

            await connection.ExecuteAsync(DecisionRecord.Insert, row.Parameters(database.Provider), transaction);
            if (last is null || last.SubjectHash != row.SubjectHash)
            {
                await RecordPartiesAsync(connection, transaction, subject);
            }

            return true;
        }, cancellationToken);
        return decision;
    }

    private static async Task RecordPartiesAsync(DbConnection connection, DbTransaction transaction, RiskSubject subject)
    {
        var key = new { Kind = subject.Kind.ToString(), subject.Reference };
        await connection.ExecuteAsync("DELETE FROM core_clearance_party WHERE subject_kind = @Kind AND reference = @Reference", key, transaction);

        // Findings belong to the subject, not to a version of its party list: carry the latest examination result over.
        var findings = await connection.QueryFirstOrDefaultAsync<bool?>(
            "SELECT findings FROM core_clearance_examination WHERE subject_kind = @Kind AND reference = @Reference ORDER BY id DESC LIMIT 1",
            key, transaction) ?? false;
        foreach (var party in subject.Parties)
        {
            await connection.ExecuteAsync(
                "INSERT INTO core_clearance_party (subject_kind, reference, role, identity, address_key, name, br_number, with_findings) "
                + "VALUES (@Kind, @Reference, @Role, @Identity, @Address, @Name, @Br, @Findings)",
                new
                {
                    key.Kind, key.Reference, Role = party.Role.ToString(), Identity = Cut(PartyIdentity.Of(party)),
                    Address = PartyIdentity.AddressOf(party) is { } a ? Cut(a) : null, Name = Cut(party.Name),
                    Br = party.BrNumber is { Length: 8 } br ? br : null, Findings = findings,
                },
                transaction);
        }
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300];

    // Concurrent resends of one subject on PostgreSQL take turns (SQLite writes already do), so a resend never duplicates.
    private Task LockSubjectAsync(DbConnection connection, DbTransaction transaction, RiskSubject subject) =>
        database.Provider == CoreStoreProvider.Postgres
            ? connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtext(@Key))", new { Key = "clearance:" + subject.Kind + ":" + subject.Reference }, transaction)
            : Task.CompletedTask;

    /// <summary>The subject's content without its received-at time, which differs on every resend.</summary>
    internal static string SubjectHash(RiskSubject subject)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(subject with { ReceivedAt = default });
        return Convert.ToHexString(SHA256.HashData(json));
    }

    private sealed class Scored(RelationshipScore score) : IPartyRelationships
    {
        public RelationshipScore Score(RiskSubject subject) => score;
    }
}
