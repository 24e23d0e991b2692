/** Fragment of a question page that lands with the answer open: /cau-hoi-hang-tuan/2026/tuan-48/#dap-an. */
export const ANSWER_ID = 'dap-an';
