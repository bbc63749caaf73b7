using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Model.Road;
using Strangler.RocarsXml.Documents;

namespace Strangler.Migration.Legacy.Rocars;

/// <summary>
/// One ACI's rows (header, versions, articles) as the core stores the same lodgements: each version is rebuilt into the
/// submission the ROCARS codec would have decoded and mapped by the core's own <see cref="RoadMapper"/>, so trimming,
/// party roles and list order are the core's by construction.
/// </summary>
internal static class AciMapping
{
    public static LegacyRead Map(IReadOnlyList<AciVersionRow> rows, IReadOnlyList<AciArticleRow> articles)
    {
        var head = rows[0];
        var ccrn = StoredValue.Code(head.Ccrn) ?? "";
        var key = $"RCS_ACI {ccrn} (ACI_ID {head.AciId})";
        var lodgedAt = StoredValue.Time(head.LodgedAt);
        DateOnly? day = lodgedAt is { } at ? HongKongTime.Date(at) : null;
        LegacyRead Quarantine(string reason) => LegacyRead.Quarantine(new QuarantinedRecord(SourceInterface.Rocars, key, day, reason));

        if (day is null)
        {
            return Quarantine($"LODGED_AT '{head.LodgedAt}' is not a time.");
        }

        if (head.VersionNo is null)
        {
            return Quarantine("it has no RCS_ACI_VERSION row.");
        }

        var versions = new List<DocumentVersion>(rows.Count);
        foreach (var row in rows)
        {
            var number = row.VersionNo!.Value;
            if (number != versions.Count + 1)
            {
                return Quarantine($"RCS_ACI_VERSION {versions.Count + 1} is missing (next is {number}).");
            }

            var function = StoredValue.Code(row.FunctionCd) switch
            {
                "O" when number == 1 => DocumentFunction.Original,
                "A" when number > 1 => DocumentFunction.Amendment,
                "C" when number > 1 => DocumentFunction.Cancellation,
                _ => (DocumentFunction?)null,
            };
            if (function is null)
            {
                return Quarantine($"version {number} has FUNCTION_CD '{row.FunctionCd}', not valid for that version.");
            }

            if (versions.Count > 0 && versions[^1].Function == DocumentFunction.Cancellation)
            {
                return Quarantine($"version {number} follows the cancellation.");
            }

            if (StoredValue.Time(row.ReceivedAt) is not { } receivedAt)
            {
                return Quarantine($"version {number} has RECEIVED_AT '{row.ReceivedAt}', not a time.");
            }

            var own = articles.Where(a => a.VersionNo == number).ToList();
            RoadLodgement? document = null;
            if (function == DocumentFunction.Cancellation)
            {
                if (own.Count > 0)
                {
                    return Quarantine($"the cancellation (version {number}) has RCS_ACI_ARTICLE rows.");
                }
            }
            else
            {
                var lodgement = LodgementOf(row, own, out var error);
                if (lodgement is null)
                {
                    return Quarantine($"version {number}: {error}");
                }

                var submission = new AciSubmission(
                    "", function == DocumentFunction.Original ? AciFunction.Original : AciFunction.Amend, ccrn, row.Source, lodgement);
                document = RoadMapper.Map(submission);
            }

            versions.Add(new DocumentVersion
            {
                Number = number,
                Function = function.Value,
                ReceivedAt = receivedAt,
                IssuedReference = ccrn,
                Source = SourceInterface.Rocars,
                ClientKey = row.ClientKey ?? "",
                Document = document,
            });
        }

        if (articles.FirstOrDefault(a => a.VersionNo < 1 || a.VersionNo > versions.Count) is { } orphan)
        {
            return Quarantine($"RCS_ACI_ARTICLE line {orphan.LineNo} names version {orphan.VersionNo}, which has no RCS_ACI_VERSION row.");
        }

        var cancelled = versions[^1].Function == DocumentFunction.Cancellation;
        if (StoredValue.Code(head.StatusCd) != (cancelled ? "X" : "L"))
        {
            return Quarantine($"STATUS_CD '{head.StatusCd}' does not fit its last version ({versions[^1].Function}).");
        }

        return LegacyRead.Mapped(new LegacyDocument(ccrn, nameof(RoadLodgement), TransportMode.Road, day.Value, versions));
    }

    // The content columns of an ORIGINAL or AMEND version and its articles, as the codec decoded them. Text the contract
    // requires is never null there; a NULL is read as empty (Oracle stores an empty string as NULL).
    private static Lodgement? LodgementOf(AciVersionRow row, List<AciArticleRow> articles, out string error)
    {
        error = "";
        CrossingDirection? direction = StoredValue.Code(row.DirectionCd) switch
        {
            "I" => CrossingDirection.Import,
            "E" => CrossingDirection.Export,
            _ => null,
        };
        if (direction is null)
        {
            error = $"DIRECTION_CD '{row.DirectionCd}' is not I or E.";
            return null;
        }

        if (StoredValue.Code(row.ControlPoint) is not { Length: > 0 } controlPoint)
        {
            error = "CONTROL_POINT is empty.";
            return null;
        }

        if (StoredValue.Time(row.ExpectedCrossing) is not { } crossing)
        {
            error = $"EXPECTED_CROSSING '{row.ExpectedCrossing}' is not a time.";
            return null;
        }

        if (StoredValue.Whole(row.PkgCount) is not { } count)
        {
            error = $"PKG_COUNT '{row.PkgCount}' is not a whole number.";
            return null;
        }

        var items = new List<Article>(articles.Count);
        foreach (var a in articles.OrderBy(a => a.LineNo))
        {
            if (a.LineNo != items.Count + 1)
            {
                error = $"RCS_ACI_ARTICLE line {items.Count + 1} is missing.";
                return null;
            }

            var weight = StoredValue.Decimal(a.GrossWeightKg);
            var value = StoredValue.Decimal(a.ValueHkd);
            if ((a.GrossWeightKg is not null && weight is null) || (a.ValueHkd is not null && value is null))
            {
                error = $"RCS_ACI_ARTICLE line {a.LineNo} has a weight or value that is not a number.";
                return null;
            }

            items.Add(new Article(a.Description ?? "", StoredValue.Code(a.HsCode), weight, value));
        }

        return new Lodgement(
            direction.Value, controlPoint, crossing,
            new Party(row.ShipperName ?? "", row.ShipperAddr ?? ""),
            new Party(row.ConsignorName ?? "", row.ConsignorAddr ?? ""),
            new Party(row.ConsigneeName ?? "", row.ConsigneeAddr ?? ""),
            new Packages(count, row.PkgDesc ?? ""),
            items.ToEquatableList());
    }
}
