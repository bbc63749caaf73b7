using System.Globalization;
using Strangler.Contracts.CodeLists;
using Strangler.Core.Model.Documents;

namespace Strangler.Migration.Backfill;

/// <summary>
/// One unit of backfill work: the documents of one legacy interface, of one cut-over unit's transport mode, whose
/// original was received on one Hong Kong day. Its <see cref="Id"/> names it everywhere (checkpoint, Quartz trigger,
/// progress, logs).
/// </summary>
public sealed record BackfillChunk(CutoverUnit Unit, SourceInterface Interface, DateOnly Day)
{
    public string Id => string.Create(CultureInfo.InvariantCulture, $"{Unit.Name()}-{Interface.ToString().ToLowerInvariant()}-{Day:yyyyMMdd}");
}
