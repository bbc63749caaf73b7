using Strangler.Core.Risk.Subjects;

namespace Strangler.Core.Risk.Relationships;

/// <summary>
/// Relationship analysis over a list of past documents: shared addresses, shared consignees, shared
/// declarants, and links to parties on documents examined with findings. Each distinct link counts once.
/// </summary>
public sealed class InMemoryPartyRelationships : IPartyRelationships
{
    private readonly IReadOnlyList<PastDocument> _history;
    private readonly RelationshipWeights _weights;
    private readonly Dictionary<string, string> _findingsByParty = new(StringComparer.Ordinal);

    public InMemoryPartyRelationships(IEnumerable<PastDocument> history, RelationshipWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        _history = [.. history];
        _weights = weights ?? RelationshipWeights.Default;
        foreach (var document in _history.Where(d => d.ExaminedWithFindings))
        {
            foreach (var party in document.Parties)
            {
                _findingsByParty.TryAdd(PartyIdentity.Of(party), document.Reference);
            }
        }
    }

    public RelationshipScore Score(RiskSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var links = new List<RelationshipLink>();
        var seen = new HashSet<(RelationshipLinkKind, string, string)>();
        var subjectIds = subject.Parties.Select(PartyIdentity.Of).ToHashSet(StringComparer.Ordinal);

        void Link(RelationshipLinkKind kind, SubjectParty mine, SubjectParty other, string document)
        {
            if (seen.Add((kind, PartyIdentity.Of(mine), PartyIdentity.Of(other))))
            {
                links.Add(new RelationshipLink(kind, mine.Name, other.Name, document, _weights.Of(kind)));
            }
        }

        var linked = new List<(SubjectParty Mine, SubjectParty Theirs)>();
        foreach (var document in _history)
        {
            if (string.Equals(document.Reference, subject.Reference, StringComparison.Ordinal))
            {
                continue; // an earlier version of the same subject links it to nothing new
            }

            foreach (var mine in subject.Parties)
            {
                var id = PartyIdentity.Of(mine);
                var address = PartyIdentity.AddressOf(mine);
                foreach (var theirs in document.Parties)
                {
                    var theirId = PartyIdentity.Of(theirs);
                    if (theirId == id)
                    {
                        if (document.ExaminedWithFindings)
                        {
                            Link(RelationshipLinkKind.PreviouslyExaminedWithFindings, mine, theirs, document.Reference);
                        }

                        continue;
                    }

                    if (subjectIds.Contains(theirId))
                    {
                        continue;
                    }

                    var kind = LinkKind(mine, theirs, address, id, document);
                    if (kind is { } k)
                    {
                        Link(k, mine, theirs, document.Reference);
                        linked.Add((mine, theirs));
                    }
                }
            }
        }

        // A linked party with findings counts once, however many links lead to it.
        var flagged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (mine, theirs) in linked)
        {
            if (_findingsByParty.TryGetValue(PartyIdentity.Of(theirs), out var findingDocument) && flagged.Add(PartyIdentity.Of(theirs)))
            {
                Link(RelationshipLinkKind.LinkedToPartyWithFindings, mine, theirs, findingDocument);
            }
        }

        return links.Count == 0 ? RelationshipScore.None : new RelationshipScore(links.Sum(l => l.Points), links);
    }

    private static RelationshipLinkKind? LinkKind(SubjectParty mine, SubjectParty theirs, string? address, string id, PastDocument document)
    {
        if (address is not null && address == PartyIdentity.AddressOf(theirs))
        {
            return RelationshipLinkKind.SharedAddress;
        }

        // Same consignee or declarant on that document, different trader beside it.
        bool Beside(PartyRole role) => mine.Role == role && theirs.Role is PartyRole.Consignor or PartyRole.Consignee
            && theirs.Role != role && document.Parties.Any(p => p.Role == role && PartyIdentity.Of(p) == id);

        if (Beside(PartyRole.Consignee))
        {
            return RelationshipLinkKind.SharedConsignee;
        }

        return Beside(PartyRole.Declarant) ? RelationshipLinkKind.SharedDeclarant : null;
    }
}
