namespace Strangler.Facade.Comparison;

/// <summary>
/// One field that differs between the two answers: its name in the interface's syntax
/// (<c>CUSRES[M1].MOA+161</c>, <c>AciResponse/Status</c>, <c>line 2</c> (ACCS), <c>http.status</c>, <c>body</c>)
/// and its value on each side as written; null where the field is absent on that side.
/// </summary>
public sealed record AnswerDifference(string Field, string? Primary, string? Secondary);
