using System.Data.Common;
using Dapper;
using Strangler.Contracts.Numbers;
using Strangler.Edifact.Cusdec;
using Strangler.Legacy.Gets.Store;

namespace Strangler.Legacy.Gets.Declarations;

/// <summary>The SQL of the TDEC tables (GTS_DECLARATION, _VERSION, _ITEM, GTS_TRANSPORT_DOC).</summary>
internal static class DeclarationStore
{
    private const string CurrentSql = """
        SELECT d.DECLARATION_ID AS DeclarationId, d.TDEC_NO AS TdecNo, d.CLIENT_KEY AS ClientKey, d.DECLARANT_BR AS DeclarantBr,
               v.LRN AS Lrn, d.MODE_CODE AS ModeCode, d.STATUS AS Status, d.CURRENT_VERSION AS CurrentVersion,
               d.PENALTY_AMT AS OriginalPenalty, v.FUNCTION_CODE AS FunctionCode, v.FORM_CODE AS FormCode,
               v.CHARGE_AMT AS Charge, v.LEVY_AMT AS Levy, v.RECEIVED_AT AS ReceivedAt,
               v.INTERCHANGE_REF AS InterchangeRef, v.MESSAGE_REF AS MessageRef
          FROM GTS_DECLARATION d
          JOIN GTS_DECLARATION_VERSION v ON v.DECLARATION_ID = d.DECLARATION_ID AND v.VERSION_NO = d.CURRENT_VERSION
         WHERE d.TDEC_NO = @TdecNo
        """;

    public static async Task<CurrentDeclaration?> FindAsync(DbConnection connection, DbTransaction? transaction, string tdecNo)
    {
        if (!TdecNumber.IsWellFormed(tdecNo))
        {
            return null;
        }

        var row = await connection.QuerySingleOrDefaultAsync<CurrentRow>(CurrentSql, new { TdecNo = tdecNo }, transaction);
        return row?.ToModel();
    }

    public static async Task<bool> LrnUsedAsync(DbConnection connection, DbTransaction transaction, string declarantBr, string lrn) =>
        await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM GTS_DECLARATION WHERE DECLARANT_BR = @DeclarantBr AND LRN = @Lrn",
            new { DeclarantBr = declarantBr, Lrn = lrn }, transaction) > 0;

    /// <summary>A new TDEC number: header and version 1.</summary>
    public static async Task InsertOriginalAsync(
        DbConnection connection, DbTransaction transaction, long declarationId, string tdecNo, LodgedVersion version)
    {
        var d = version.Declaration;
        await connection.ExecuteAsync("""
            INSERT INTO GTS_DECLARATION (DECLARATION_ID, TDEC_NO, CLIENT_KEY, DECLARANT_BR, LRN, IE_FLAG, MODE_CODE, STATUS,
                                         CURRENT_VERSION, PENALTY_AMT, LODGED_AT, UPDATED_AT)
            VALUES (@DeclarationId, @TdecNo, @ClientKey, @DeclarantBr, @Lrn, @IeFlag, @ModeCode, 'A', 1, @Penalty, @At, @At)
            """,
            new
            {
                DeclarationId = declarationId,
                TdecNo = tdecNo,
                version.ClientKey,
                DeclarantBr = d.Declarant.BrNumber,
                d.Lrn,
                IeFlag = GetsStoreFacts.Family(d.FormCode),
                d.ModeCode,
                version.Money?.Penalty,
                At = version.ReceivedAt,
            },
            transaction);
        await InsertVersionRowsAsync(connection, transaction, declarationId, 1, version);
    }

    /// <summary>An amendment or the cancellation: a new version row; the header points at it (and a cancellation sets the status).</summary>
    public static async Task InsertNextVersionAsync(
        DbConnection connection, DbTransaction transaction, CurrentDeclaration current, LodgedVersion version)
    {
        var next = current.CurrentVersion + 1;
        await InsertVersionRowsAsync(connection, transaction, current.DeclarationId, next, version);
        await connection.ExecuteAsync(
            "UPDATE GTS_DECLARATION SET CURRENT_VERSION = @Next, STATUS = @Status, UPDATED_AT = @At WHERE DECLARATION_ID = @Id",
            new
            {
                Next = next,
                Status = version.Declaration.Function == DeclarationFunction.Cancellation ? CurrentDeclaration.Cancelled : CurrentDeclaration.Active,
                At = version.ReceivedAt,
                Id = current.DeclarationId,
            },
            transaction);
    }

    private static async Task InsertVersionRowsAsync(
        DbConnection connection, DbTransaction transaction, long declarationId, int versionNo, LodgedVersion version)
    {
        var d = version.Declaration;
        await connection.ExecuteAsync("""
            INSERT INTO GTS_DECLARATION_VERSION (DECLARATION_ID, VERSION_NO, FUNCTION_CODE, FORM_CODE, LRN, DOCUMENT_DATE, IE_DATE_QUAL, IE_DATE,
                DECLARANT_BR, DECLARANT_NAME, DECLARANT_STREET, DECLARANT_CITY, DECLARANT_POST_CODE, DECLARANT_COUNTRY,
                TRADER_ROLE, TRADER_BR, TRADER_NAME, TRADER_STREET, TRADER_CITY, TRADER_POST_CODE, TRADER_COUNTRY,
                MODE_CODE, CONVEYANCE_ID, CONVEYANCE_NAME, CONSIGNMENT_CTRY, LOADING_PLACE, ITEM_COUNT, TOTAL_VALUE,
                CHARGE_AMT, PENALTY_AMT, LEVY_AMT, CLIENT_KEY, INTERCHANGE_REF, MESSAGE_REF, RECEIVED_AT)
            VALUES (@DeclarationId, @VersionNo, @FunctionCode, @FormCode, @Lrn, @DocumentDate, @DateQualifier, @IeDate,
                @DeclarantBr, @DeclarantName, @DeclarantStreet, @DeclarantCity, @DeclarantPostCode, @DeclarantCountry,
                @TraderRole, @TraderBr, @TraderName, @TraderStreet, @TraderCity, @TraderPostCode, @TraderCountry,
                @ModeCode, @ConveyanceId, @ConveyanceName, @ConsignmentCountry, @LoadingPlace, @ItemCount, @TotalValue,
                @Charge, @Penalty, @Levy, @ClientKey, @InterchangeRef, @MessageRef, @ReceivedAt)
            """,
            new
            {
                DeclarationId = declarationId,
                VersionNo = versionNo,
                FunctionCode = d.Function.Code(),
                d.FormCode,
                d.Lrn,
                DocumentDate = StoreTime.DateColumn(d.DocumentDate),
                d.DateQualifier,
                IeDate = StoreTime.DateColumn(d.ImportExportDate),
                DeclarantBr = d.Declarant.BrNumber,
                DeclarantName = d.Declarant.Name,
                DeclarantStreet = d.Declarant.Street,
                DeclarantCity = d.Declarant.City,
                DeclarantPostCode = d.Declarant.PostCode,
                DeclarantCountry = d.Declarant.Country,
                TraderRole = d.Trader?.Qualifier,
                TraderBr = d.Trader?.BrNumber,
                TraderName = d.Trader?.Name,
                TraderStreet = d.Trader?.Street,
                TraderCity = d.Trader?.City,
                TraderPostCode = d.Trader?.PostCode,
                TraderCountry = d.Trader?.Country,
                d.ModeCode,
                d.ConveyanceId,
                d.ConveyanceName,
                d.ConsignmentCountry,
                d.LoadingPlace,
                ItemCount = d.Items.Count,
                TotalValue = d.Function == DeclarationFunction.Cancellation ? (decimal?)null : GetsCharges.TotalValue(d),
                version.Money?.Charge,
                version.Money?.Penalty,
                version.Money?.Levy,
                version.ClientKey,
                version.InterchangeRef,
                version.MessageRef,
                ReceivedAt = version.ReceivedAt,
            },
            transaction);

        for (var i = 0; i < d.Items.Count; i++)
        {
            var item = d.Items[i];
            await connection.ExecuteAsync("""
                INSERT INTO GTS_DECLARATION_ITEM (DECLARATION_ID, VERSION_NO, ITEM_NO, HKHS_CODE, DESCRIPTION, QUANTITY, UNIT_CODE,
                                                  VALUE_QUAL, VALUE_AMT, ORIGIN_CTRY)
                VALUES (@DeclarationId, @VersionNo, @ItemNo, @Hkhs, @Description, @Quantity, @Unit, @ValueQualifier, @Value, @Origin)
                """,
                new
                {
                    DeclarationId = declarationId,
                    VersionNo = versionNo,
                    ItemNo = i + 1,
                    Hkhs = item.HkhsCode,
                    item.Description,
                    Quantity = Number(item.Quantity, d.DecimalMark, 3),
                    item.Unit,
                    item.ValueQualifier,
                    Value = Number(item.Value, d.DecimalMark, 2),
                    Origin = item.OriginCountry,
                },
                transaction);
        }

        for (var i = 0; i < d.TransportDocuments.Count; i++)
        {
            var document = d.TransportDocuments[i];
            await connection.ExecuteAsync(
                "INSERT INTO GTS_TRANSPORT_DOC (DECLARATION_ID, VERSION_NO, SEQ_NO, DOC_QUAL, DOC_REF) VALUES (@Id, @VersionNo, @SeqNo, @Qualifier, @Reference)",
                new { Id = declarationId, VersionNo = versionNo, SeqNo = i + 1, document.Qualifier, document.Reference },
                transaction);
        }
    }

    // Accepted declarations carry valid numbers only (E016 would have rejected them).
    private static decimal Number(string raw, char decimalMark, int decimals) =>
        ContractNumber.TryParse(raw, decimalMark, decimals, out var value) ? value : 0m;

    private sealed class CurrentRow
    {
        public long DeclarationId { get; set; }

        public string TdecNo { get; set; } = string.Empty;

        public string ClientKey { get; set; } = string.Empty;

        public string DeclarantBr { get; set; } = string.Empty;

        public string Lrn { get; set; } = string.Empty;

        public string ModeCode { get; set; } = string.Empty;

        public string Status { get; set; } = string.Empty;

        public int CurrentVersion { get; set; }

        public decimal? OriginalPenalty { get; set; }

        public string FunctionCode { get; set; } = string.Empty;

        public string FormCode { get; set; } = string.Empty;

        public decimal? Charge { get; set; }

        public decimal? Levy { get; set; }

        public DateTimeOffset ReceivedAt { get; set; }

        public string InterchangeRef { get; set; } = string.Empty;

        public string MessageRef { get; set; } = string.Empty;

        // Fixed-width columns come back blank-padded from some databases (CHAR(2) "1 ").
        public CurrentDeclaration ToModel() => new()
        {
            DeclarationId = DeclarationId,
            TdecNo = TdecNo.TrimEnd(),
            ClientKey = ClientKey,
            DeclarantBr = DeclarantBr.TrimEnd(),
            Lrn = Lrn,
            ModeCode = ModeCode.TrimEnd(),
            Status = Status.TrimEnd(),
            CurrentVersion = CurrentVersion,
            OriginalPenalty = OriginalPenalty,
            FunctionCode = FunctionCode.TrimEnd(),
            FormCode = FormCode.TrimEnd(),
            Charge = Charge,
            Levy = Levy,
            ReceivedAt = ReceivedAt,
            InterchangeRef = InterchangeRef,
            MessageRef = MessageRef,
        };
    }
}
