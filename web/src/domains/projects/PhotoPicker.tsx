import { useState } from 'react';
import { CameraOutlined } from '@ant-design/icons';
import { App, Button, Image, Space, Typography, Upload } from 'antd';
import { describeError } from '../../platform/errors';
import { useI18n } from '../../platform/i18n';
import { fileToBase64, photoUrl, uploadPhoto } from './projects.api';

/** Takes photos on a phone (camera) or picks files; uploads each at once and reports the ids. */
export function PhotoPicker({ projectId, value = [], onChange }: { projectId: string; value?: string[]; onChange?: (ids: string[]) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const add = async (file: File) => {
    if (!['image/jpeg', 'image/png'].includes(file.type) || file.size > 2 * 1024 * 1024) {
      message.error(t('errors.PHOTO_INVALID'));
      return;
    }
    setBusy(true);
    try {
      const { id } = await uploadPhoto(projectId, file.type, await fileToBase64(file));
      onChange?.([...value, id]);
    } catch (e) {
      message.error(describeError(e, t).title);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space direction="vertical">
      <Space wrap>{value.map((id) => <Image key={id} src={photoUrl(projectId, id)} width={72} height={72} style={{ objectFit: 'cover' }} />)}</Space>
      {value.length < 9 && (
        <Upload accept="image/jpeg,image/png" capture="environment" showUploadList={false} beforeUpload={(f) => { void add(f); return false; }}>
          <Button icon={<CameraOutlined />} loading={busy} data-testid="photo-add">{t('projects.detail.addPhoto')}</Button>
        </Upload>
      )}
      <Typography.Text type="secondary">{t('projects.detail.photoHint')}</Typography.Text>
    </Space>
  );
}
