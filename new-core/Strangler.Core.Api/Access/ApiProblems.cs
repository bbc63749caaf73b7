using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Strangler.Contracts.Checking;

namespace Strangler.Core.Api.Access;

/// <summary>
/// The API's error answers as ProblemDetails (RFC 9457). Rule failures carry the contract's codes and texts in an
/// <c>errors</c> extension: <c>[{ "code": "E014", "message": "…", "field": "…" }]</c>.
/// </summary>
internal static class ApiProblems
{
    public const string ErrorsExtension = "errors";

    public static ApiAnswer Unauthorized() => Problem(StatusCodes.Status401Unauthorized, "A known X-Api-Key is required.", []);

    public static ApiAnswer Forbidden(string what) => Problem(StatusCodes.Status403Forbidden, "This client key may not " + what + ".", []);

    public static ApiAnswer NotFound(string what, ContractError? error = null) =>
        Problem(StatusCodes.Status404NotFound, what + " is unknown or not visible to this client key.", error is null ? [] : [error]);

    public static ApiAnswer BadRequest(string title, IEnumerable<ContractError>? errors = null) =>
        Problem(StatusCodes.Status400BadRequest, title, errors ?? []);

    /// <summary>A request whose content breaks the contract's rules: 422 with every error.</summary>
    public static ApiAnswer Rejected(IEnumerable<ContractError> errors) =>
        Problem(StatusCodes.Status422UnprocessableEntity, "The document breaks the contract's rules.", errors);

    public static ApiAnswer Problem(int status, string title, IEnumerable<ContractError> errors)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Type = "https://tools.ietf.org/html/rfc9110#section-15." + Section(status) };
        var list = errors.Select(e => new ApiError(e.Code, e.Text, e.Where)).ToList();
        if (list.Count > 0)
        {
            problem.Extensions[ErrorsExtension] = list;
        }

        return new ApiAnswer(status, ApiJson.Write(problem), ApiJson.ProblemContentType);
    }

    private static string Section(int status) => status switch
    {
        400 => "5.1",
        401 => "5.2",
        403 => "5.4",
        404 => "5.5",
        409 => "5.10",
        _ => "5.21",
    };
}
