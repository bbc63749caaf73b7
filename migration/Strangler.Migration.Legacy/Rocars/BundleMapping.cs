using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Collections;
using Strangler.Contracts.Time;
using Strangler.Core.Model.Documents;
using Strangler.Core.Model.Mapping;
using Strangler.Core.Model.Road;
using Strangler.RocarsXml.Documents;

namespace Strangler.Migration.Legacy.Rocars;

/// <summary>
/// One bundle's rows as the core stores it: version 1 the bundle (mapped by the core's <see cref="RoadMapper"/> from the
/// submission rebuilt from RCS_BUNDLE and its CCRNs in line order), and, once unbundled, version 2 its cancellation at
/// UNBUNDLED_AT by the owner (only the owner may unbundle).
/// </summary>
internal static class BundleMapping
{
    public static LegacyRead Map(BundleRow row, IReadOnlyList<BundleCcrnRow> ccrns)
    {
        var reference = StoredValue.Code(row.BundleRef) ?? "";
        var receivedAt = StoredValue.Time(row.ReceivedAt);
        DateOnly? day = receivedAt is { } at ? HongKongTime.Date(at) : null;
        LegacyRead Quarantine(string reason) =>
            LegacyRead.Quarantine(new QuarantinedRecord(SourceInterface.Rocars, $"RCS_BUNDLE {reference} (BUNDLE_ID {row.BundleId})", day, reason));

        if (receivedAt is null)
        {
            return Quarantine($"RECEIVED_AT '{row.ReceivedAt}' is not a time.");
        }

        CrossingDirection? direction = StoredValue.Code(row.DirectionCd) switch
        {
            "I" => CrossingDirection.Import,
            "E" => CrossingDirection.Export,
            _ => null,
        };
        if (direction is null)
        {
            return Quarantine($"DIRECTION_CD '{row.DirectionCd}' is not I or E.");
        }

        if (StoredValue.Time(row.ExpectedArrival) is not { } arrival)
        {
            return Quarantine($"EXPECTED_ARRIVAL '{row.ExpectedArrival}' is not a time.");
        }

        if (ccrns.Count == 0)
        {
            return Quarantine("it has no RCS_BUNDLE_CCRN row.");
        }

        for (var i = 0; i < ccrns.Count; i++)
        {
            if (ccrns[i].LineNo != i + 1)
            {
                return Quarantine($"RCS_BUNDLE_CCRN line {i + 1} is missing.");
            }
        }

        var unbundledAt = StoredValue.Time(row.UnbundledAt);
        var status = StoredValue.Code(row.StatusCd);
        if (status is not ("B" or "U") || (status == "U") != (unbundledAt is not null) || (row.UnbundledAt is not null && unbundledAt is null))
        {
            return Quarantine($"STATUS_CD '{row.StatusCd}' with UNBUNDLED_AT '{row.UnbundledAt}' is neither bundled nor unbundled.");
        }

        var submission = new BundleSubmission(
            "", row.Vrn ?? "", direction.Value, StoredValue.Code(row.ControlPoint) ?? "", arrival,
            ccrns.Select(c => StoredValue.Code(c.Ccrn) ?? "").ToEquatableList());
        var versions = new List<DocumentVersion>
        {
            new()
            {
                Number = 1,
                Function = DocumentFunction.Original,
                ReceivedAt = receivedAt.Value,
                IssuedReference = reference,
                Source = SourceInterface.Rocars,
                ClientKey = row.OwnerKey,
                Document = RoadMapper.Map(submission),
            },
        };
        if (unbundledAt is { } unbundled)
        {
            versions.Add(new DocumentVersion
            {
                Number = 2,
                Function = DocumentFunction.Cancellation,
                ReceivedAt = unbundled,
                IssuedReference = reference,
                Source = SourceInterface.Rocars,
                ClientKey = row.OwnerKey,
            });
        }

        return LegacyRead.Mapped(new LegacyDocument(reference, nameof(Bundle), TransportMode.Road, day!.Value, versions));
    }
}
