namespace Strangler.Parity.Classification;

/// <summary>
/// The parity verdict on the two answers to one request: the worst class among its differences
/// (<see cref="ParityClass.Match"/> when none), the differences, and the answered message type.
/// </summary>
public sealed record ParityFinding(ParityClass Class, IReadOnlyList<ClassifiedDifference> Differences, string? MessageType);
