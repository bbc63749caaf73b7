using Strangler.Contracts.Http.Answers;
using Strangler.Contracts.Http.Requests;
using Strangler.Core.Hosting.Concurrency;
using Strangler.Core.Hosting.Numbering;
using Strangler.Core.Store.Database;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;

namespace Strangler.Core.Eman.Notices;

/// <summary>GET /eman/v1/notices?after&amp;max: the caller's notices after the cursor, oldest first, vouchers due issued first.</summary>
internal sealed class NoticeFeed(CoreDatabase database, NoticeBoard notices, CoreReferences references, KeyedLocks locks)
{
    public async Task<ContractAnswer> ReadAsync(ContractRequest request, CancellationToken cancellationToken)
    {
        var key = request.Client.Key;
        var answerRef = request.Facade?.AnswerRef;
        if (answerRef is not null && !AnswerEnvelope.IsAnswerRef(answerRef))
        {
            return ContractAnswer.Empty(Microsoft.AspNetCore.Http.StatusCodes.Status400BadRequest);
        }

        // One transaction: the due vouchers, the page and the answer ref (drawn last, so its row is locked briefly).
        IReadOnlyList<NoticeRow> rows;
        using (await locks.EnterAsync("eman:" + key, cancellationToken))
        {
            (rows, answerRef) = await database.WriteAsync(async (connection, transaction) =>
            {
                await notices.IssueDueVouchersAsync(connection, transaction, key, request.ReceivedAt, cancellationToken);
                var page = await NoticeBoard.FeedAsync(connection, transaction, key, request.Query["after"], request.Query["max"], cancellationToken);
                return (page, answerRef ?? await references.In(connection, transaction).NextAnswerInterchangeRefAsync("eman", cancellationToken));
            }, cancellationToken);
        }

        var messages = rows.Select((row, i) => CusresAnswers.Notice(
            i + 1, row.EmanRef, StoredTime.Read(row.IssuedAt), row.Cursor, row.Kind == NoticeBoard.Release,
            NoticeBoard.Parse(row.Lines).Select(l => new CusresConsignment(
                l.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), l.DocumentNumber))));
        var envelope = AnswerEnvelope.ForKey(EdifactInterface.Eman, request.Client.EdifactPartyId, request.ReceivedAt, answerRef);
        return ContractAnswer.Edifact(CusresWriter.Write(CusresAnswers.Interchange(envelope, messages)));
    }
}
