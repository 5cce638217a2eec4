// The exceptions the shop's services throw, with stack traces formatted the way each runtime prints them
// (.NET on Windows App Service ends lines with CRLF, .NET on Linux and Node.js with LF).
import type { DynamicValue } from '../../engine/api.ts';

interface Frame {
  method: string;
  assembly: string;
  file?: string;
  line?: number;
  column?: number;
}

interface ExceptionLayer {
  type: string;
  message: string;
  frames: readonly Frame[];
}

export interface ExceptionSample {
  role: string;
  newline: '\n' | '\r\n';
  runtime: 'dotnet' | 'node';
  /** Outermost first. */
  layers: readonly ExceptionLayer[];
}

const ASP_NET_FRAMES: readonly Frame[] = [
  { method: 'Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)', assembly: 'Microsoft.AspNetCore.Mvc.Core, Version=8.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60' },
  { method: 'Microsoft.AspNetCore.Routing.EndpointMiddleware.<Invoke>g__AwaitRequestTask|7_0(Endpoint endpoint, Task requestTask, ILogger logger)', assembly: 'Microsoft.AspNetCore.Routing, Version=8.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60' },
];

const ordersAssembly = 'Contoso.Orders.Api, Version=1.14.2.0, Culture=neutral, PublicKeyToken=null';
const webAssembly = 'Contoso.Shop.Web, Version=3.8.1.0, Culture=neutral, PublicKeyToken=null';
const identityAssembly = 'Contoso.Identity, Version=5.0.4.0, Culture=neutral, PublicKeyToken=null';
const inventoryAssembly = 'Contoso.Inventory.Worker, Version=1.2.0.0, Culture=neutral, PublicKeyToken=null';
const sqlClient = 'Microsoft.Data.SqlClient, Version=5.0.0.0, Culture=neutral, PublicKeyToken=23ec7fc2d6eaa4a5';

export const EXCEPTION_SAMPLES: readonly ExceptionSample[] = [
  {
    role: 'orders-api', newline: '\n', runtime: 'dotnet',
    layers: [{
      type: 'System.InvalidOperationException', message: 'Sequence contains no elements',
      frames: [
        { method: 'System.Linq.ThrowHelper.ThrowNoElementsException()', assembly: 'System.Linq, Version=8.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a' },
        { method: 'Contoso.Orders.Api.Services.OrderService.GetOrderAsync(Guid orderId)', assembly: ordersAssembly, file: '/src/Contoso.Orders.Api/Services/OrderService.cs', line: 87 },
        { method: 'Contoso.Orders.Api.Controllers.OrdersController.Get(Guid id)', assembly: ordersAssembly, file: '/src/Contoso.Orders.Api/Controllers/OrdersController.cs', line: 41 },
        ...ASP_NET_FRAMES,
      ],
    }],
  },
  {
    role: 'orders-api', newline: '\n', runtime: 'dotnet',
    layers: [
      {
        type: 'Microsoft.Data.SqlClient.SqlException',
        message: 'Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.\nOperation cancelled by user.\nThe statement has been terminated.',
        frames: [
          { method: 'Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)', assembly: sqlClient },
          { method: 'Microsoft.Data.SqlClient.SqlCommand.EndExecuteReaderInternal(IAsyncResult asyncResult)', assembly: sqlClient },
          { method: 'Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)', assembly: 'Microsoft.EntityFrameworkCore.Relational, Version=8.0.1.0, Culture=neutral, PublicKeyToken=adb9793829ddae60' },
          { method: 'Contoso.Orders.Api.Repositories.OrderRepository.ListAsync(String customerId, Int32 page)', assembly: ordersAssembly, file: '/src/Contoso.Orders.Api/Repositories/OrderRepository.cs', line: 63 },
          ...ASP_NET_FRAMES,
        ],
      },
      { type: 'System.ComponentModel.Win32Exception', message: 'The wait operation timed out.', frames: [] },
    ],
  },
  {
    role: 'contoso-web', newline: '\r\n', runtime: 'dotnet',
    layers: [{
      type: 'System.Net.Http.HttpRequestException', message: 'Response status code does not indicate success: 503 (Service Unavailable).',
      frames: [
        { method: 'System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()', assembly: 'System.Net.Http, Version=8.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a' },
        { method: 'Contoso.Shop.Web.Clients.OrdersClient.CreateOrderAsync(CheckoutRequest request)', assembly: webAssembly, file: 'D:\\a\\1\\s\\src\\Contoso.Shop.Web\\Clients\\OrdersClient.cs', line: 58 },
        { method: 'Contoso.Shop.Web.Controllers.CheckoutController.Submit(CheckoutModel model)', assembly: webAssembly, file: 'D:\\a\\1\\s\\src\\Contoso.Shop.Web\\Controllers\\CheckoutController.cs', line: 77 },
        ...ASP_NET_FRAMES,
      ],
    }],
  },
  {
    role: 'contoso-web', newline: '\r\n', runtime: 'dotnet',
    layers: [{
      type: 'System.NullReferenceException', message: 'Object reference not set to an instance of an object.',
      frames: [
        { method: 'Contoso.Shop.Web.Pages.Products.DetailsModel.OnGetAsync(Int32 id)', assembly: webAssembly, file: 'D:\\a\\1\\s\\src\\Contoso.Shop.Web\\Pages\\Products\\Details.cshtml.cs', line: 34 },
        { method: 'Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure.ExecutorFactory.GenericTaskHandlerMethod.Convert[T](Object taskAsObject)', assembly: 'Microsoft.AspNetCore.Mvc.RazorPages, Version=8.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60' },
      ],
    }],
  },
  {
    role: 'contoso-web', newline: '\r\n', runtime: 'dotnet',
    layers: [
      {
        type: 'System.Text.Json.JsonException', message: "'<' is an invalid start of a value. Path: $ | LineNumber: 0 | BytePositionInLine: 0.",
        frames: [
          { method: 'System.Text.Json.ThrowHelper.ReThrowWithPath(ReadStack& state, JsonReaderException ex)', assembly: 'System.Text.Json, Version=8.0.0.0, Culture=neutral, PublicKeyToken=cc7b13ffcd2ddd51' },
          { method: 'Contoso.Shop.Web.Clients.CatalogClient.GetProductAsync(Int32 id)', assembly: webAssembly, file: 'D:\\a\\1\\s\\src\\Contoso.Shop.Web\\Clients\\CatalogClient.cs', line: 29 },
        ],
      },
      { type: 'System.Text.Json.JsonReaderException', message: "'<' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0.", frames: [] },
    ],
  },
  {
    role: 'identity-svc', newline: '\n', runtime: 'dotnet',
    layers: [
      {
        type: 'System.Threading.Tasks.TaskCanceledException', message: 'The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.',
        frames: [
          { method: 'System.Net.Http.HttpClient.HandleFailure(Exception e, Boolean telemetryStarted, HttpResponseMessage response, CancellationTokenSource cts, CancellationToken cancellationToken, CancellationTokenSource pendingRequestsCts)', assembly: 'System.Net.Http, Version=8.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a' },
          { method: 'Contoso.Identity.Federation.UpstreamIdpClient.RedeemCodeAsync(String code)', assembly: identityAssembly, file: '/src/Contoso.Identity/Federation/UpstreamIdpClient.cs', line: 112 },
        ],
      },
      { type: 'System.TimeoutException', message: 'The operation was canceled.', frames: [] },
    ],
  },
  {
    role: 'payments-api', newline: '\n', runtime: 'node',
    layers: [{
      type: 'TypeError', message: "Cannot read properties of undefined (reading 'amount')",
      frames: [
        { method: 'authorize', assembly: 'payments', file: '/app/src/payments/authorize.js', line: 42, column: 17 },
        { method: 'process.processTicksAndRejections', assembly: 'node', file: 'node:internal/process/task_queues', line: 95, column: 5 },
        { method: 'async /app/src/routes/payments.js', assembly: 'payments', file: '/app/src/routes/payments.js', line: 18, column: 5 },
      ],
    }],
  },
  {
    role: 'payments-api', newline: '\n', runtime: 'node',
    layers: [{
      type: 'AxiosError', message: 'Request failed with status code 429',
      frames: [
        { method: 'settle', assembly: 'axios', file: '/app/node_modules/axios/lib/core/settle.js', line: 19, column: 12 },
        { method: 'IncomingMessage.handleStreamEnd', assembly: 'axios', file: '/app/node_modules/axios/lib/adapters/http.js', line: 599, column: 11 },
        { method: 'Axios.request', assembly: 'axios', file: '/app/node_modules/axios/lib/core/Axios.js', line: 45, column: 41 },
        { method: 'async captureWithAcquirer', assembly: 'payments', file: '/app/src/payments/capture.js', line: 27, column: 20 },
      ],
    }],
  },
  {
    role: 'inventory-worker', newline: '\n', runtime: 'dotnet',
    layers: [{
      type: 'Microsoft.Data.SqlClient.SqlException',
      message: 'Transaction (Process ID 64) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.',
      frames: [
        { method: 'Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)', assembly: sqlClient },
        { method: 'Contoso.Inventory.Worker.StockUpdater.ApplyBatchAsync(InventoryBatch batch, CancellationToken cancellationToken)', assembly: inventoryAssembly, file: '/src/Contoso.Inventory.Worker/StockUpdater.cs', line: 151 },
        { method: 'Contoso.Inventory.Worker.InventoryBatchService.ExecuteAsync(CancellationToken stoppingToken)', assembly: inventoryAssembly, file: '/src/Contoso.Inventory.Worker/InventoryBatchService.cs', line: 48 },
      ],
    }],
  },
];

function formatFrame(frame: Frame, runtime: ExceptionSample['runtime']): string {
  if (runtime === 'node') return `    at ${frame.method} (${frame.file ?? '<anonymous>'}:${frame.line ?? 0}:${frame.column ?? 0})`;
  return frame.file ? `   at ${frame.method} in ${frame.file}:line ${frame.line ?? 0}` : `   at ${frame.method}`;
}

/** The exception as its runtime prints it (Exception.ToString() / error.stack), one line per frame. */
export function stackText(sample: ExceptionSample): string {
  const [outer, ...inner] = sample.layers;
  if (!outer) return '';
  const lines: string[] = [`${outer.type}: ${outer.message}`];
  for (const layer of inner) lines.push(` ---> ${layer.type}: ${layer.message}`);
  if (inner.length > 0) lines.push('   --- End of inner exception stack trace ---');
  for (const frame of outer.frames) lines.push(formatFrame(frame, sample.runtime));
  return lines.join(sample.newline);
}

/** AppExceptions.Details: one entry per layer, linked by outerId, with the parsed stack. */
export function exceptionDetails(sample: ExceptionSample, firstId: number): DynamicValue {
  return sample.layers.map((layer, depth) => ({
    id: String(firstId + depth),
    outerId: depth === 0 ? '0' : String(firstId + depth - 1),
    type: layer.type,
    message: layer.message,
    severityLevel: 'Error',
    hasFullStack: true,
    rawStack: depth === 0 ? stackText(sample) : '',
    parsedStack: layer.frames.map((frame, level) => ({
      level,
      method: frame.method,
      assembly: frame.assembly,
      ...(frame.file === undefined ? {} : { fileName: frame.file }),
      ...(frame.line === undefined ? {} : { line: frame.line }),
    })),
  }));
}
