using Strangler.Core.Model.Documents;

namespace Strangler.Migration.Legacy;

/// <summary>
/// A field of the canonical form that a legacy store does not keep, so a document read from it lacks the field although
/// the new core, given the same message, holds it. <see cref="Path"/> is a canonical path (the text before <c>=</c>
/// on a canonical line, e.g. <c>document.consignments[*].goodsItems[*].marks</c>, <c>[*]</c> for any index); it also
/// covers the paths below it. Data parity leaves exactly these out on both sides, and only when a declared rule names
/// them. With <see cref="Function"/>, only versions of that function lack the field (a cancellation that legacy keeps
/// without its header).
/// </summary>
public sealed record NotHeldField(string Kind, string Path, string Why, DocumentFunction? Function = null);
