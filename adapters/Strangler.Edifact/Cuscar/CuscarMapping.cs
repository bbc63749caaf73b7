using Strangler.Edifact.Syntax;

namespace Strangler.Edifact.Cuscar;

/// <summary>
/// Reads the segments of one CUSCAR message (UNH to UNT) that passed the subset table into the
/// model. Element positions follow contracts/eman.md; values are taken as released text, unjudged.
/// Never throws on odd input: a missing value reads as empty.
/// </summary>
internal static class CuscarMapping
{
    public static CuscarManifest Map(IReadOnlyList<Segment> segments, char decimalMark)
    {
        var header = new HeaderFields();
        var equipment = new List<EquipmentBuilder>();
        var consignments = new List<ConsignmentBuilder>();
        var gisSeen = 0;

        foreach (var s in segments)
        {
            var consignment = consignments.Count > 0 ? consignments[^1] : null;
            switch (s.Tag)
            {
                case "BGM":
                    header.DocumentNumber = s.Value(2);
                    header.FunctionCode = s.Value(3);
                    break;
                case "GIS" when consignment is not null:
                    consignment.IsTranshipment = true;
                    break;
                case "GIS":
                    if (gisSeen++ == 0)
                    {
                        header.StatementCode = s.Value(1);
                    }
                    else
                    {
                        header.DirectionCode = s.Value(1);
                    }

                    break;
                case "DTM" when s.Value(1) == ManifestCodes.DocumentDate:
                    header.DocumentDateTime = s.Value(1, 2);
                    break;
                case "DTM":
                    header.EventQualifier = s.Value(1);
                    header.EventDateTime = s.Value(1, 2);
                    break;
                case "RFF" when consignment is null:
                    header.EmanRef = s.Value(1, 2);
                    break;
                case "RFF" when s.Value(1) == "ILN":
                    consignment.Licences.Add(s.Value(1, 2));
                    break;
                case "RFF":
                    consignment.Master = new MasterDocument(s.Value(1), s.Value(1, 2));
                    break;
                case "NAD" when consignment is null:
                    header.CarrierCode = s.Value(2);
                    header.CarrierName = Optional(s.Value(4));
                    break;
                case "NAD":
                    var party = new Party(s.Value(4), Optional(s.Value(5)), Optional(s.Value(6)), Optional(s.Value(8)), s.Value(9));
                    if (s.Value(1) == "CZ")
                    {
                        consignment.Consignor = party;
                    }
                    else
                    {
                        consignment.Consignee = party;
                    }

                    break;
                case "TDT":
                    header.Conveyance = new Conveyance(s.Value(2), s.Value(3), s.Value(5), s.Value(8), Optional(s.Value(8, 4)));
                    break;
                case "LOC" when s.Value(1) == "9":
                    header.PlaceOfLoading = s.Value(2);
                    break;
                case "LOC":
                    header.PlaceOfDischarge = s.Value(2);
                    break;
                case "CNT":
                    header.SetTotal(s.Value(1), s.Value(1, 2));
                    break;
                case "EQD":
                    equipment.Add(new EquipmentBuilder(s.Value(2), s.Value(3), s.Value(6)));
                    break;
                case "SEL" when equipment.Count > 0:
                    equipment[^1].Seals.Add(s.Value(1));
                    break;
                case "CNI":
                    consignments.Add(new ConsignmentBuilder(s.Value(1), s.Value(2)));
                    break;
                default:
                    consignment?.AddItemSegment(s);
                    break;
            }
        }

        return header.Build(decimalMark, equipment, consignments);
    }

    internal static string? Optional(string value) => value.Length == 0 ? null : value;
}
