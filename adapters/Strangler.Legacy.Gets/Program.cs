// Placeholder until the stand-in is written.
var app = WebApplication.CreateBuilder(args).Build();
app.Run();
