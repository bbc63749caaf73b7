using System.Globalization;
using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.CodeLists;
using Strangler.Contracts.Time;
using Strangler.Core.Store.References;

namespace Strangler.Core.Hosting.Numbering;

/// <summary>
/// Every reference number the core issues, in the contract formats, from the new-core block (first sequence digit 5–9).
/// The one place that names the sequences, so the legacy-compatible endpoints and the JSON API draw from the same ones:
/// TDEC numbers and EMAN refs per mode per Hong Kong day, CCRNs, bundle refs and ACCS receipts per day, answer
/// interchange refs per interface never restarting.
/// </summary>
public sealed class CoreReferences(ReferenceNumbers numbers)
{
    /// <summary>The same numbers drawn inside the caller's write transaction (taken only if it commits).</summary>
    public CoreReferences In(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction) =>
        new(numbers, connection, transaction);

    private readonly System.Data.Common.DbConnection? _connection;
    private readonly System.Data.Common.DbTransaction? _transaction;

    private CoreReferences(ReferenceNumbers numbers, System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction)
        : this(numbers)
    {
        _connection = connection;
        _transaction = transaction;
    }

    private Task<long> NextAsync(string name, DateOnly day, int width, CancellationToken cancellationToken) =>
        _connection is not null && _transaction is not null
            ? numbers.NextAsync(name, day, width, _connection, _transaction, cancellationToken)
            : numbers.NextAsync(name, day, width, cancellationToken);

    // The answer interchange ref sequence never restarts: it lives under one fixed day key.
    private static readonly DateOnly NeverRestarts = new(2000, 1, 1);

    /// <summary><c>TD</c> + mode + YYMMDD + 7 digits.</summary>
    public async Task<string> NextTdecNumberAsync(TransportMode mode, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        var day = HongKongTime.Date(receivedAt);
        var sequence = await NextAsync("gets-tdec-" + mode.Code(), day, 7, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"TD{mode.Code()}{day:yyMMdd}{sequence:D7}");
    }

    /// <summary><c>EM</c> + mode + YYMMDD + 7 digits.</summary>
    public async Task<string> NextEmanRefAsync(TransportMode mode, DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        var day = HongKongTime.Date(receivedAt);
        var sequence = await NextAsync("eman-ref-" + mode.Code(), day, 7, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"EM{mode.Code()}{day:yyMMdd}{sequence:D7}");
    }

    /// <summary><c>C</c> + YYMMDD + 8 digits + check digit.</summary>
    public async Task<string> NextCcrnAsync(DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        var day = HongKongTime.Date(receivedAt);
        return CcrnNumber.Create(day, await NextAsync("rocars-ccrn", day, 8, cancellationToken));
    }

    /// <summary><c>B</c> + YYMMDD + 8 digits.</summary>
    public async Task<string> NextBundleRefAsync(DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        var day = HongKongTime.Date(receivedAt);
        var sequence = await NextAsync("rocars-bundle", day, 8, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"B{day:yyMMdd}{sequence:D8}");
    }

    /// <summary><c>A</c> + YYMMDD + 9 digits.</summary>
    public async Task<string> NextAccsReceiptAsync(DateTimeOffset receivedAt, CancellationToken cancellationToken = default)
    {
        var day = HongKongTime.Date(receivedAt);
        var sequence = await NextAsync("accs-receipt", day, 9, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"A{day:yyMMdd}{sequence:D9}");
    }

    /// <summary>
    /// <c>R</c> + block digit + 12 digits, a sequence per interface (<c>gets</c>, <c>eman</c>) that never restarts (block
    /// digit and sequence drawn as 13 digits).
    /// </summary>
    public async Task<string> NextAnswerInterchangeRefAsync(string contractInterface, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contractInterface);
        var sequence = await NextAsync(contractInterface + "-answer-ref", NeverRestarts, 13, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"R{sequence:D13}");
    }
}
