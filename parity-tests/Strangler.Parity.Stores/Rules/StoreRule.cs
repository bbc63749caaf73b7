using Strangler.Core.Model.Documents;

namespace Strangler.Parity.Stores.Rules;

/// <summary>
/// A declared store rule: a canonical path of one document kind that store parity leaves out on both sides, because the
/// legacy store of <see cref="Interface"/> does not keep it (so a document read from legacy cannot carry it). Why, who
/// approved it and since when, as for the answer rules.
/// </summary>
/// <param name="Path">
/// A canonical path (the text before <c>=</c> on a line of a version's canonical form, <c>document.…</c>), with
/// <c>[*]</c> for any list index; it covers the paths below it (<c>.x</c>, <c>[i]</c>, <c>.count</c>).
/// </param>
/// <param name="Function">When set, the rule covers only versions of this function (the <c>function=</c> line).</param>
public sealed record StoreRule(
    SourceInterface Interface, string Kind, string Path, string Why, string ApprovedBy, DateOnly Since, DocumentFunction? Function = null);
