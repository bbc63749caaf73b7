namespace Strangler.Core.Risk.Relationships;

/// <summary>The sum of the links' points, with the links themselves.</summary>
public sealed record RelationshipScore(int Score, IReadOnlyList<RelationshipLink> Links)
{
    public static RelationshipScore None { get; } = new(0, []);
}
