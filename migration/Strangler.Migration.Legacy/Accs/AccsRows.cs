namespace Strangler.Migration.Legacy.Accs;

/// <summary>A row of ACC_FWB (one accepted FWB, its own document under its receipt); times stay raw.</summary>
internal sealed class FwbRow
{
    public long FwbId { get; set; }

    public string AwbNo { get; set; } = "";

    public string? WaybillLine { get; set; }

    public string? FltCarrier { get; set; }

    public string? FltNumber { get; set; }

    public object? FltDay { get; set; }

    public string? RtgAirport { get; set; }

    public string? RtgCarrier { get; set; }

    public string? ShpName { get; set; }

    public string? ShpAddress { get; set; }

    public string? ShpPlace { get; set; }

    public string? ShpCountry { get; set; }

    public string? ShpPostCode { get; set; }

    public string? CneName { get; set; }

    public string? CneAddress { get; set; }

    public string? CnePlace { get; set; }

    public string? CneCountry { get; set; }

    public string? CnePostCode { get; set; }

    public string? CvdCurrency { get; set; }

    public string? CvdChargeCode { get; set; }

    public string? CvdCarriage { get; set; }

    public string? CvdCustoms { get; set; }

    public string? CvdInsurance { get; set; }

    public string? NatureOfGoods { get; set; }

    public string? HtsCodes { get; set; }

    public string ClientKey { get; set; } = "";

    public string ReceiptNo { get; set; } = "";

    public object? ReceivedAt { get; set; }
}

/// <summary>A row of ACC_FHL.</summary>
internal sealed class FhlRow
{
    public long FhlId { get; set; }

    public string AwbNo { get; set; } = "";

    public string? MasterLine { get; set; }

    public int HouseCount { get; set; }

    public string ClientKey { get; set; } = "";

    public string ReceiptNo { get; set; } = "";

    public object? ReceivedAt { get; set; }
}

/// <summary>A row of ACC_FHL_HOUSE.</summary>
internal sealed class FhlHouseRow
{
    public long FhlId { get; set; }

    public int SeqNo { get; set; }

    public string HouseNo { get; set; } = "";

    public string? Origin { get; set; }

    public string? Destination { get; set; }

    public int Pieces { get; set; }

    public string? WeightKg { get; set; }

    public string? Slac { get; set; }

    public string? NatureOfGoods { get; set; }

    public string? TxtLines { get; set; }

    public string? HtsCodes { get; set; }
}

/// <summary>A row of ACC_FFM_PART with its ACC_FLIGHT (null columns when the flight row is missing).</summary>
internal sealed class FfmPartRow
{
    public long PartId { get; set; }

    public long FlightId { get; set; }

    public int PartNo { get; set; }

    public string? Registration { get; set; }

    public string? LastPart { get; set; }

    public string ClientKey { get; set; } = "";

    public string ReceiptNo { get; set; } = "";

    public object? ReceivedAt { get; set; }

    public string? Carrier { get; set; }

    public string? FlightNo { get; set; }

    public object? FlightDate { get; set; }

    public string? DepAirport { get; set; }
}

/// <summary>A row of ACC_FFM_WAYBILL.</summary>
internal sealed class FfmWaybillRow
{
    public long PartId { get; set; }

    public int SeqNo { get; set; }

    public string? UnloadingAirport { get; set; }

    public string? UldId { get; set; }

    public string? WaybillLine { get; set; }

    public string? Classification { get; set; }
}

/// <summary>A row of ACC_CSN: one action code as set.</summary>
internal sealed class CsnRow
{
    public long CsnId { get; set; }

    public string AwbNo { get; set; } = "";

    public string? ActionCode { get; set; }

    public object? SetAt { get; set; }

    public string? Cause { get; set; }
}

/// <summary>Who sent a message naming an air waybill, and when: the client key of the code it caused.</summary>
internal sealed class SenderRow
{
    public string AwbNo { get; set; } = "";

    public object? ReceivedAt { get; set; }

    public string ClientKey { get; set; } = "";
}
