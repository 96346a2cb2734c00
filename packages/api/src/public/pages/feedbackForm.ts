import type { SafeHtml } from '../html/escape';
import { html } from '../html/escape';
import type { FeedbackFormState } from '../feedback/formState';
import { COMMENT_MAX_LENGTH } from '../feedback/validateFeedback';

const RATINGS = [
  [5, '5 很满意'],
  [4, '4 满意'],
  [3, '3 一般'],
  [2, '2 不满意'],
  [1, '1 很不满意'],
] as const;

const notice = (state: FeedbackFormState): SafeHtml | null => {
  if (state.notice === 'received')
    return html`<p class="notice ok" role="status">已收到您的评价，感谢参与！统计数据稍后更新。</p>`;
  if (state.notice === 'pending')
    return html`<p class="notice ok" role="status">已收到您的评价，正在处理中，统计数据稍后更新。</p>`;
  const problem =
    state.formError ??
    (state.errors.satisfaction || state.errors.comment ? '请按提示修改后再提交。' : undefined);
  // The form comes back at the foot of a long page: focus (and so scroll to) what went wrong.
  return problem ? html`<p class="notice error" role="alert" tabindex="-1" autofocus>${problem}</p>` : null;
};

const fieldError = (id: string, message: string | undefined): SafeHtml | null =>
  message ? html`<p class="field-error" id="${id}">${message}</p>` : null;

/**
 * 社会评价: satisfaction 1–5 and an optional comment. Works without JavaScript; the script only
 * fetches the anti-forgery token so that the first submission goes through in one step.
 */
export const feedbackForm = (heading: string, action: string, state: FeedbackFormState): SafeHtml => {
  const { errors, values } = state;
  return html`<section class="feedback" id="feedback" aria-labelledby="feedback-title">
<h2 id="feedback-title">${heading}</h2>
${notice(state)}
<form method="post" action="${action}" data-feedback-form>
<input type="hidden" name="csrf" value="${state.token ?? ''}">
<fieldset${errors.satisfaction ? html` aria-describedby="satisfaction-error"` : null}>
<legend>满意度（必选）</legend>
${fieldError('satisfaction-error', errors.satisfaction)}
<div class="ratings">${RATINGS.map(
    ([value, label]) =>
      html`<label
        ><input
          type="radio"
          name="satisfaction"
          value="${value}"
          required${values.satisfaction === String(value) ? html` checked` : null}
        />
        ${label}</label
      >`,
  )}</div>
</fieldset>
<label for="feedback-comment">意见建议（选填，不超过 ${COMMENT_MAX_LENGTH} 字）</label>
${fieldError('comment-error', errors.comment)}
<textarea id="feedback-comment" name="comment" rows="4" maxlength="${COMMENT_MAX_LENGTH}"${
    errors.comment ? html` aria-describedby="comment-error"` : null
  }>${values.comment ?? ''}</textarea>
<p class="hint">请勿填写姓名、电话、身份证号等个人信息。评价内容不在本网站公开。</p>
<button type="submit">提交评价</button>
</form>
</section>`;
};
