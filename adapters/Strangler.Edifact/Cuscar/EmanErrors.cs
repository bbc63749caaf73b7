using Strangler.Contracts.Checking;
using Strangler.Edifact.Checking;

namespace Strangler.Edifact.Cuscar;

/// <summary>The EMAN business error codes and their fixed texts (contracts/eman.md, "Business rules").</summary>
public static class EmanErrors
{
    public static ContractError DirectionDatesOrLocations(string? where = null) =>
        new("E010", "DIRECTION, DATES OR LOCATIONS DO NOT AGREE", where);

    public static ContractError CarrierNotAuthorised(string? where = null) =>
        new("E011", "CARRIER NOT AUTHORISED FOR THIS CLIENT", where);

    // E012, E013 and E015 are shared with GETS: their texts live once, in EdifactErrors.
    public static ContractError ModeNotAllowed(string? where = null) => EdifactErrors.Of("E012", where);

    public static ContractError LocationCode(string? where = null) => EdifactErrors.Of("E013", where);

    public static ContractError ControlTotals(string? where = null) =>
        new("E014", "SEQUENCE NUMBERING OR CONTROL TOTALS WRONG", where);

    public static ContractError VagueDescription(string? where = null) => EdifactErrors.Of("E015", where);

    public static ContractError StatementTwoBeforeEvent(string? where = null) =>
        new("E017", "STATEMENT 2 ARRIVAL OR DEPARTURE IS AFTER RECEIPT", where);

    /// <summary>Store rule (not checked here): the EMAN ref of an amendment or cancellation is unusable.</summary>
    public static ContractError ManifestUnknown(string? where = null) =>
        new("E018", "MANIFEST UNKNOWN, NOT YOURS OR CANCELLED", where);

    /// <summary>Store rule (not checked here): an original for a trip that already has a live manifest.</summary>
    public static ContractError LiveManifestExists(string? where = null) =>
        new("E019", "LIVE MANIFEST EXISTS FOR THIS TRIP, SEND AN AMENDMENT", where);

    public static ContractError ContainerNumber(string? where = null) =>
        new("E031", "CONTAINER NUMBER INVALID OR REPEATED", where);

    public static ContractError TransportDocument(string? where = null) =>
        new("E032", "AIR WAYBILL CHECK DIGIT WRONG OR DOCUMENT REPEATED", where);

    public static ContractError GrossVolumeMissing(string? where = null) =>
        new("E033", "GROSS VOLUME MISSING FOR SEA OR RIVER GOODS ITEM", where);

    public static ContractError ContainerPlacement(string? where = null) =>
        new("E034", "CONTAINER PLACEMENT INVALID", where);
}
